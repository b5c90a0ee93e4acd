package checks

import "testing"

// TestSharesCompareInWholePerCents: a share that rounds to the limit
// meets it; one a whole per cent off does not.
func TestSharesCompareInWholePerCents(t *testing.T) {
	for _, c := range []struct {
		share, limit float64
		below, above bool
	}{
		{0.246, 0.25, false, false}, {0.244, 0.25, true, false}, {0.364, 0.36, false, false},
		{0.366, 0.36, false, true}, {0.25, 0.25, false, false}, {0.10, 0.25, true, false},
	} {
		if below(c.share, c.limit) != c.below || above(c.share, c.limit) != c.above {
			t.Errorf("%.3f against %.2f: below %v above %v", c.share, c.limit, below(c.share, c.limit), above(c.share, c.limit))
		}
	}
}
