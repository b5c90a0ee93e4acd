package main

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"
)

// progressDelay is how long a run goes before it shows its progress: quick
// runs stay silent.
const progressDelay = time.Second

// progress shows "已审核 37/300" on a terminal, rewritten in place with \r
// while a long run goes on, and clears it at the end. A nil *progress
// shows nothing.
type progress struct {
	w     io.Writer
	after time.Time // nothing is shown before
	shown string    // the line on screen, "" if none
}

// newProgress returns a progress line on w, or nil when w is not a
// terminal (output redirected, tests, CI) or there is only one file.
func newProgress(w io.Writer, total int) *progress {
	if total < 2 || !isTerminal(w) {
		return nil
	}
	return &progress{w: w, after: time.Now().Add(progressDelay)}
}

// update shows that n of total files have been reviewed, once the run
// has gone on for longer than progressDelay. reviewAll calls it one call at a
// time.
func (p *progress) update(n, total int) {
	if p == nil || time.Now().Before(p.after) {
		return
	}
	p.shown = fmt.Sprintf("已审核 %d/%d", n, total)
	fmt.Fprint(p.w, "\r"+p.shown)
}

// clear removes the line, if one was shown, so that what follows starts
// on a clean line.
func (p *progress) clear() {
	if p != nil && p.shown != "" {
		// Each rune takes at most two columns: blank them all.
		fmt.Fprint(p.w, "\r"+strings.Repeat(" ", 2*utf8.RuneCountInString(p.shown))+"\r")
		p.shown = ""
	}
}
