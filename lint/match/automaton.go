// Package match finds phrases and regular expressions in text quickly: an
// Aho–Corasick automaton finds every phrase of a set in one pass over the
// text, and Regexp skips the regular-expression engine on texts that lack
// every literal a match would have to contain. It depends only on the
// standard library, so that the model (package lint) may use it.
package match

// Automaton finds all occurrences of a fixed set of phrases in one pass
// over a text (Aho–Corasick over bytes). It is built once and safe for
// concurrent use.
type Automaton struct {
	nodes []node
	root  [256]int32 // the root's transitions, as a table
	lens  []int      // byte length of each phrase
}

// node is a state of the automaton: the phrases' common prefixes form a
// trie, fail is the state of the longest proper suffix that is also a
// prefix, and out the phrase ending here (-1: none), with next the nearest
// state down the fail chain that ends a phrase (0: none).
type node struct {
	edges []edge
	table *[256]int32 // edges as a table (target+1, 0: none), for wide nodes
	fail  int32
	out   int32
	next  int32
}

type edge struct {
	b  byte
	to int32
}

// wideNode is the number of edges above which a node keeps a table.
const wideNode = 6

// NewAutomaton returns an automaton for phrases; an empty phrase is never
// reported. A phrase given twice is reported under its first index.
func NewAutomaton(phrases []string) *Automaton {
	a := &Automaton{nodes: []node{{out: -1}}, lens: make([]int, len(phrases))}
	for i, p := range phrases {
		a.lens[i] = len(p)
		if p == "" {
			continue
		}
		s := int32(0)
		for j := 0; j < len(p); j++ {
			t := a.child(s, p[j])
			if t < 0 {
				t = int32(len(a.nodes))
				a.nodes = append(a.nodes, node{out: -1})
				a.nodes[s].edges = append(a.nodes[s].edges, edge{p[j], t})
			}
			s = t
		}
		if a.nodes[s].out < 0 {
			a.nodes[s].out = int32(i)
		}
	}
	for i := range a.nodes {
		if n := &a.nodes[i]; len(n.edges) > wideNode {
			n.table = new([256]int32)
			for _, e := range n.edges {
				n.table[e.b] = e.to + 1
			}
		}
	}
	// Breadth first: a state's fail link is set before its children's.
	queue := []int32{}
	for _, e := range a.nodes[0].edges {
		a.root[e.b] = e.to
		queue = append(queue, e.to)
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for _, e := range a.nodes[s].edges {
			f := a.nodes[s].fail
			for f > 0 && a.child(f, e.b) < 0 {
				f = a.nodes[f].fail
			}
			if t := a.child(f, e.b); t >= 0 && t != e.to {
				a.nodes[e.to].fail = t
			}
			fl := a.nodes[e.to].fail
			if a.nodes[fl].out >= 0 {
				a.nodes[e.to].next = fl
			} else {
				a.nodes[e.to].next = a.nodes[fl].next
			}
			queue = append(queue, e.to)
		}
	}
	return a
}

func (a *Automaton) child(s int32, b byte) int32 {
	n := &a.nodes[s]
	if n.table != nil {
		return n.table[b] - 1
	}
	for _, e := range n.edges {
		if e.b == b {
			return e.to
		}
	}
	return -1
}

// step follows byte b from state s.
func (a *Automaton) step(s int32, b byte) int32 {
	for {
		if s == 0 {
			return a.root[b]
		}
		if t := a.child(s, b); t >= 0 {
			return t
		}
		s = a.nodes[s].fail
	}
}

// Each calls f for every occurrence of a phrase in text, overlapping ones
// included, in the order of their end offsets (and, for one end, longest
// first), with the phrase's index and its byte offsets. f returns false
// to stop.
func (a *Automaton) Each(text string, f func(phrase, start, end int) bool) {
	s := int32(0)
	for i := 0; i < len(text); i++ {
		s = a.step(s, text[i])
		for o := s; o != 0; o = a.nodes[o].next {
			if p := a.nodes[o].out; p >= 0 {
				if !f(int(p), i+1-a.lens[p], i+1) {
					return
				}
			}
		}
	}
}

// Contains reports whether text holds one of the phrases.
func (a *Automaton) Contains(text string) bool {
	s := int32(0)
	for i := 0; i < len(text); i++ {
		s = a.step(s, text[i])
		if a.nodes[s].out >= 0 || a.nodes[s].next != 0 {
			return true
		}
	}
	return false
}
