/// The site's only two scripts, inline and allowed by hash: the meeting list's filters and the notes search. Both
/// write results with `textContent`, never as markup, and the pages read fully without them.
enum SiteScripts {
    /// Shows the filters, then hides the meetings whose title lacks a typed word or that are not in the chosen series;
    /// `?title=` and `?series=` on the address filter at once, so a filtered list can be linked to.
    static let filter = """
        (function () {
          var box = document.getElementById('filter-title'), pick = document.getElementById('filter-series');
          var status = document.getElementById('filter-status'), rows = document.getElementById('meeting-list').children;
          var fold = function (text) { return text.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase(); };
          var titles = [];
          for (var i = 0; i < rows.length; i++) titles.push(fold(rows[i].getAttribute('data-title') || ''));
          function apply() {
            var words = fold(box.value).split(/\\s+/).filter(Boolean), series = pick.value, shown = 0;
            for (var i = 0; i < rows.length; i++) {
              var keep = !series || rows[i].getAttribute('data-series') === series;
              for (var w = 0; keep && w < words.length; w++) keep = titles[i].indexOf(words[w]) >= 0;
              rows[i].hidden = !keep;
              if (keep) shown++;
            }
            status.textContent = words.length || series ? shown + ' of ' + rows.length + ' meetings shown.' : '';
          }
          box.addEventListener('input', apply);
          pick.addEventListener('change', apply);
          document.getElementById('filters').hidden = false;
          var asked = new URLSearchParams(location.search);
          if (asked.get('title')) box.value = asked.get('title');
          if (asked.get('series')) pick.value = asked.get('series');
          if (asked.get('title') || asked.get('series')) apply();
        })();
        """

    /// Reads the embedded index (one JSON line per meeting) on the first search and lists the notes holding every word
    /// typed, case and accents ignored; `?q=` on the address searches at once.
    static let search = """
        (function () {
          var form = document.getElementById('search-form'), box = document.getElementById('q');
          var status = document.getElementById('search-status'), list = document.getElementById('hits'), limit = 200, notes = null;
          var fold = function (text) { return text.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase(); };
          function load() {
            if (notes) return notes;
            notes = [];
            var lines = document.getElementById('notes-index').textContent.split('\\n');
            for (var i = 0; i < lines.length; i++) {
              if (!lines[i]) continue;
              var meeting;
              try { meeting = JSON.parse(lines[i]); } catch (error) { continue; }
              for (var j = 0; j < meeting[4].length; j++) {
                var note = meeting[4][j];
                notes.push({ meeting: meeting, note: note, folded: fold(note[4] + ' ' + note[3] + ' ' + note[6]) });
              }
            }
            return notes;
          }
          function element(tag, kind, text) {
            var made = document.createElement(tag);
            if (kind) made.className = kind;
            if (text !== undefined) made.textContent = text;
            return made;
          }
          function hit(found) {
            var meeting = found.meeting, note = found.note, item = meeting[3][note[0] - 1] || 'item ' + note[0];
            var entry = element('li'), heading = element('h2'), link = element('a', '', meeting[2] + ' · ' + meeting[1]);
            link.href = 'meetings/' + meeting[0] + '.html#note-' + note[5];
            heading.appendChild(link);
            entry.appendChild(heading);
            var words = element('p');
            words.appendChild(element('span', 'kind', note[2]));
            words.appendChild(element(note[7] ? 'del' : 'span', 'text', note[4]));
            if (note[7]) words.appendChild(document.createTextNode(' (struck)'));
            entry.appendChild(words);
            entry.appendChild(element('p', 'meta', note[0] + '. ' + item + ' · ' + note[1] + ' · ' + note[3]));
            return entry;
          }
          function run(query) {
            var words = fold(query).split(/\\s+/).filter(Boolean), all, count = 0;
            list.textContent = '';
            if (!words.length) { status.textContent = ''; return; }
            all = load();
            for (var i = 0; i < all.length; i++) {
              var keep = true;
              for (var w = 0; keep && w < words.length; w++) keep = all[i].folded.indexOf(words[w]) >= 0;
              if (!keep) continue;
              count++;
              if (count <= limit) list.appendChild(hit(all[i]));
            }
            status.textContent = count === 0 ? 'No notes match.' : count + (count === 1 ? ' note matches' : ' notes match')
              + (count > limit ? '; the first ' + limit + ' are shown, newest first.' : ', newest first.');
          }
          var timer;
          box.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { run(box.value); }, 250); });
          form.addEventListener('submit', function (event) {
            event.preventDefault();
            run(box.value);
            try { history.replaceState(null, '', '?q=' + encodeURIComponent(box.value)); } catch (error) {}
          });
          document.getElementById('search-needs-script').hidden = true;
          form.hidden = false;
          var asked = new URLSearchParams(location.search).get('q');
          if (asked) { box.value = asked; run(asked); }
        })();
        """
}
