package match

// Set is a list of regular expressions matched together, such as the cue
// patterns of one part: one pass of an automaton over a text tells which
// of them can match it, and only those are run.
type Set struct {
	res    []*Regexp
	auto   *Automaton // over the literals of all the expressions
	users  [][]int32  // for each literal, the expressions that need it
	always []int32    // the expressions with no known literal
}

// NewSet returns a set of the expressions, tried in their order.
func NewSet(res []*Regexp) *Set {
	s := &Set{res: res}
	index := map[string]int{}
	var lits []string
	for i, re := range res {
		re.compile()
		if re.lits == nil {
			s.always = append(s.always, int32(i))
			continue
		}
		for _, l := range re.lits {
			k, ok := index[l]
			if !ok {
				k = len(lits)
				index[l] = k
				lits = append(lits, l)
				s.users = append(s.users, nil)
			}
			s.users[k] = append(s.users[k], int32(i))
		}
	}
	s.auto = NewAutomaton(lits)
	return s
}

// MatchAny reports whether one of the expressions matches text.
func (s *Set) MatchAny(text string) bool {
	for _, i := range s.always {
		if s.res[i].re.MatchString(text) {
			return true
		}
	}
	if len(s.always) == len(s.res) {
		return false
	}
	var tried []bool
	found := false
	s.auto.Each(text, func(lit, _, _ int) bool {
		for _, i := range s.users[lit] {
			if tried == nil {
				tried = make([]bool, len(s.res))
			}
			if tried[i] {
				continue
			}
			tried[i] = true
			if s.res[i].re.MatchString(text) {
				found = true
				return false
			}
		}
		return true
	})
	return found
}
