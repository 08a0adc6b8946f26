// Prints glibc's wcwidth as ranges ("width first last"), the source of DisplayWidth+Table.swift.
// Run: cc scripts/width-table.c -o /tmp/wt && /tmp/wt | python3 scripts/width-table.py > Sources/ConveneCore/Text/DisplayWidth+Table.swift
#define _XOPEN_SOURCE 700
#include <locale.h>
#include <stdio.h>
#include <wchar.h>

int main(void) {
    setlocale(LC_ALL, "C.UTF-8");
    int previous = 1, start = 0;
    for (int c = 0; c <= 0x110000; c++) {
        int w = c < 0x110000 ? wcwidth(c) : 1;
        if (c >= 0xD800 && c <= 0xDFFF) w = -1;
        if (c == 0) w = -1; // wcwidth(L'\0') is 0, but NUL is a control: Sanitized must show it, not pass it on.
        if (w != previous) {
            if (previous != 1) printf("%d %d %d\n", previous, start, c - 1);
            previous = w;
            start = c;
        }
    }
    return 0;
}
