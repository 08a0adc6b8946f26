/// The one stylesheet every page carries inline: readable from phone width up, printable, colours from `SitePalette`.
enum SiteStyle {
    static let css: String = {
        let p = SitePalette.self
        return """
            :root{color-scheme:light}
            *{box-sizing:border-box}
            body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:\(p.text.hex);background:\(p.page.hex)}
            header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}
            header{border-bottom:1px solid \(p.rule.hex)}
            footer{color:\(p.muted.hex);font-size:.9rem;padding-top:2rem;padding-bottom:2rem}
            nav ul{list-style:none;margin:0;padding:.6rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1.5rem}
            nav a[aria-current]{font-weight:bold;text-decoration-thickness:3px}
            a{color:\(p.link.hex)}
            a:focus-visible,summary:focus-visible,input:focus-visible,select:focus-visible,[tabindex]:focus-visible{
            outline:3px solid \(p.link.hex);outline-offset:2px}
            .skip{position:absolute;left:-100rem}.skip:focus{left:1rem;top:.5rem;background:\(p.page.hex);padding:.25rem .5rem}
            h1{font-size:1.7rem;line-height:1.25;margin:1.25rem 0 .25rem;overflow-wrap:anywhere}
            h2{font-size:1.3rem;line-height:1.3;margin:2.25rem 0 .5rem;padding-bottom:.2rem;border-bottom:1px solid \(p.rule.hex)}
            h3{font-size:1.1rem;margin:1.4rem 0 .4rem}h4{font-size:1rem;margin:1rem 0 .3rem}
            h1,h2,h3,h4{overflow-wrap:anywhere}
            .meta{color:\(p.muted.hex)}
            .warn{border:2px solid \(p.text.hex);padding:.5em;font-weight:bold}
            .scroll{overflow-x:auto;max-width:100%}
            table{border-collapse:collapse;width:100%;margin:.25rem 0 1rem}
            caption{text-align:left;font-weight:bold;padding:.25rem 0}
            th,td{border:1px solid \(p.rule.hex);padding:.3em .5em;text-align:left;vertical-align:top}
            thead th{background:\(p.panel.hex)}tbody th{font-weight:normal}
            .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}.nowrap{white-space:nowrap}
            .text{white-space:pre-wrap;overflow-wrap:anywhere}
            figure{margin:1rem 0}figcaption{font-weight:bold;margin-bottom:.25rem}
            svg{display:block;max-width:100%;height:auto}
            svg text{font-family:inherit;fill:\(p.text.hex)}
            .chart{overflow-x:auto}.chart svg{width:100%;max-width:34rem}.chart svg.wide{max-width:40rem}
            .c-planned{fill:\(p.page.hex);stroke:\(p.planned.hex);stroke-width:1.5}.c-actual{fill:\(p.actual.hex)}
            .c-over{fill:\(p.over.hex)}.c-under{fill:\(p.under.hex)}.c-new{fill:\(p.fresh.hex)}.c-back{fill:\(p.actual.hex)}
            .c-axis{stroke:\(p.rule.hex);stroke-width:1}.c-muted{fill:\(p.muted.hex)}
            details{margin:.5rem 0}summary{cursor:pointer;color:\(p.link.hex)}
            dl.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(8.5rem,1fr));gap:.5rem;margin:1rem 0}
            dl.figures div{background:\(p.panel.hex);padding:.4rem .6rem}dt{color:\(p.muted.hex);font-size:.9rem}
            dd{margin:0;font-size:1.2rem;font-weight:bold}
            ol.meetings,ul.hits{list-style:none;padding:0;margin:0}
            ol.meetings>li,ul.hits>li{border-top:1px solid \(p.rule.hex);padding:.6rem 0}
            ol.meetings h2,ul.hits h2{font-size:1.1rem;margin:0;padding:0;border:0}
            ol.meetings p,ul.hits p{margin:.15rem 0}ol.meetings ul{margin:.25rem 0}
            ul.notes{padding-left:1.2rem}ul.notes li{margin:.35rem 0}
            .kind{display:inline-block;font-size:.8rem;font-weight:bold;text-transform:uppercase;letter-spacing:.03em;color:\(p.muted.hex);
            border:1px solid \(p.rule.hex);border-radius:3px;padding:0 .3em;margin-right:.4em}
            del{color:\(p.muted.hex)}
            label{display:block;font-weight:bold}
            input[type=search],select{font:inherit;padding:.35rem .5rem;border:1px solid \(p.rule.hex);border-radius:3px;width:100%;max-width:24rem;
            color:\(p.text.hex);background:\(p.page.hex)}
            .filters{display:flex;flex-wrap:wrap;gap:.75rem 1.5rem;margin:1rem 0}.filters>div{flex:1 1 14rem}
            [hidden]{display:none!important}
            @media (max-width:30rem){body{font-size:15px}h1{font-size:1.4rem}header,main,footer{padding:0 .75rem}}
            @media print{nav,.filters,.skip,footer{display:none}body{margin:0}h2{page-break-after:avoid}tr,li{page-break-inside:avoid}}
            """
    }()
}
