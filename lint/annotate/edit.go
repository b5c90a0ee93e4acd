package annotate

import (
	"bytes"
	"fmt"
	"sort"
)

// edit replaces the bytes [at, end) of a part with insert; at == end
// inserts.
type edit struct {
	at, end int64
	insert  []byte
}

// apply makes edits on data. The edits must not overlap; at one offset,
// insertions come before a deletion, and otherwise keep their order.
func apply(data []byte, edits []edit) ([]byte, error) {
	sort.SliceStable(edits, func(i, j int) bool {
		if edits[i].at != edits[j].at {
			return edits[i].at < edits[j].at
		}
		return edits[i].end == edits[i].at && edits[j].end != edits[j].at
	})
	var b bytes.Buffer
	b.Grow(len(data) + len(edits)*64)
	var at int64
	for _, e := range edits {
		if e.at < at || e.end < e.at || e.end > int64(len(data)) {
			return nil, fmt.Errorf("overlapping edit at byte %d", e.at)
		}
		b.Write(data[at:e.at])
		b.Write(e.insert)
		at = e.end
	}
	b.Write(data[at:])
	return b.Bytes(), nil
}
