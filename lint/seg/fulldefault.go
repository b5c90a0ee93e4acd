//go:build fulldict

package seg

import (
	"sync"

	"github.com/yanyiwu/gojieba"
)

// With -tags fulldict the process-wide segmenter uses gojieba's full main
// dictionary from the Go module cache instead of the trimmed one, so that
// scripts/compare-dictionaries.sh can show the trimmed dictionary changes
// no verdict or finding.
func init() {
	loadDefault = sync.OnceValues(func() (Segmenter, error) {
		files, err := dictFiles()
		if err != nil {
			return nil, err
		}
		files[0] = gojieba.DICT_PATH
		return load(files)
	})
}
