package render

import (
	"fmt"
	"io"
	"strings"

	"shuzhi/lint"
)

// GitHub writes GitHub Actions workflow commands, which the runner turns
// into annotations on the files: one ::error (error, critical) or ::warning
// (info) per finding, located by line and columns in characters; an ::error
// for each file that could not be read; and a final ::notice counting the
// verdicts.
func GitHub(w io.Writer, files []File, skipped ...Skipped) error {
	var b strings.Builder
	for _, f := range files {
		file := ghProperty(artifactURI(f.Path))
		if f.Err != nil || f.Result == nil {
			fmt.Fprintf(&b, "::error file=%s,title=%s::%s\n", file, ghProperty(unreadableLabel), ghData(errorText(f)))
			continue
		}
		for _, fd := range f.Result.Findings {
			pos := Locate(f.Result.Doc, fd)
			command := "warning"
			if fd.Severity >= lint.SeverityError {
				command = "error"
			}
			fmt.Fprintf(&b, "::%s file=%s,line=%d,col=%d,endColumn=%d,title=%s::%s\n", command, file,
				pos.Line, pos.Column, pos.EndColumn, ghProperty(fd.Title+" ["+fd.Rule+"]"), ghData(withSuggestion(fd)))
		}
	}
	loud, _ := skippedSplit(skipped)
	for _, s := range loud {
		fmt.Fprintf(&b, "::warning file=%s,title=%s::%s\n", ghProperty(artifactURI(s.Path)), ghProperty(skippedLabel), ghData(s.Reason))
	}
	fmt.Fprintf(&b, "::notice::%s\n", ghData(summaryLine(Summarize(files), newPalette(false))))
	_, err := io.WriteString(w, b.String())
	return err
}

// ghData escapes the message of a workflow command.
var ghData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace

// ghProperty escapes a property value of a workflow command, which may not
// hold the separators : and , either.
var ghProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace
