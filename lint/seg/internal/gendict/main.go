// Command gendict writes the trimmed jieba dictionaries that package
// lint/seg embeds. It is run by go generate in lint/seg:
//
//	go run ./internal/gendict -maxidf 10.8 -minfreq 100
//
// It reads the dictionaries gojieba ships in the module cache (found with
// `go list -m`) and writes, in the current directory:
//
//   - jieba.dict.utf8.gz: the main dictionary, trimmed (see below);
//   - hmm_model.utf8.gz: the HMM model for unknown words, unchanged;
//   - LICENSE-jieba: the MIT licence the dictionaries are distributed under.
//
// Trimming keeps a dictionary entry when any of these holds:
//
//   - it is a single character (so every known character keeps its weight);
//   - its document frequency is high: its weight in gojieba's idf.utf8 is at
//     most -maxidf (idf.utf8 was computed over a large corpus, and an idf of
//     10.8 is a word seen in about 20 of its documents);
//   - its frequency in the dictionary itself is at least -minfreq.
//
// Ranking by the dictionary's own frequency alone does not work: about
// 200,000 entries share the frequencies 2 and 3, ordinary words of report
// prose (严格执行, 党员大会, 镇党委) among them, so no cut-off by that frequency
// keeps them. The idf table tells which of them real text uses.
//
// The thresholds were chosen with the test go generate runs next
// (lint/seg/fulldict_test.go, which compares the trimmed dictionary with
// the full one on the sample reports of lint/seg/testdata). With -maxidf
// 10.8 (78,000 entries) the two agree on every word boundary; the trimmed
// dictionary only splits 17 compounds the full one keeps (专题学习 →
// 专题/学习, 批评指正 → 批评/指正). At 10.5 (69,000 entries) and below it
// also joins characters across words (使用率不高 → 使用/率不高). Loading
// time and memory grow with the number of entries: about 0.75 µs and
// 0.4 KB each.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"
)

const module = "github.com/yanyiwu/gojieba"

func main() {
	maxIDF := flag.Float64("maxidf", 10.8, "keep words whose idf is at most this")
	minFreq := flag.Int("minfreq", 100, "keep words whose dictionary frequency is at least this")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("gendict: ")

	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", module).Output()
	if err != nil {
		log.Fatalf("locating %s: %v", module, err)
	}
	src := filepath.Join(strings.TrimSpace(string(out)), "deps", "cppjieba")
	dictDir := filepath.Join(src, "dict")

	idf, err := readIDF(filepath.Join(dictDir, "idf.utf8"))
	if err != nil {
		log.Fatal(err)
	}
	full, err := os.ReadFile(filepath.Join(dictDir, "jieba.dict.utf8"))
	if err != nil {
		log.Fatal(err)
	}
	trimmed, kept, total, err := trim(full, idf, *maxIDF, *minFreq)
	if err != nil {
		log.Fatal(err)
	}
	hmm, err := os.ReadFile(filepath.Join(dictDir, "hmm_model.utf8"))
	if err != nil {
		log.Fatal(err)
	}
	licence, err := os.ReadFile(filepath.Join(src, "LICENSE"))
	if err != nil {
		log.Fatal(err)
	}
	if err := writeGzip("jieba.dict.utf8.gz", trimmed); err != nil {
		log.Fatal(err)
	}
	if err := writeGzip("hmm_model.utf8.gz", hmm); err != nil {
		log.Fatal(err)
	}
	header := "The dictionaries embedded in package lint/seg (jieba.dict.utf8.gz, a trimmed\n" +
		"copy of jieba.dict.utf8, and hmm_model.utf8.gz) come from cppjieba as vendored\n" +
		"by " + module + ", and are distributed under its licence:\n\n"
	if err := os.WriteFile("LICENSE-jieba", append([]byte(header), licence...), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("gendict: kept %d of %d entries (idf <= %g or freq >= %d or one character)\n",
		kept, total, *maxIDF, *minFreq)
}

// readIDF reads an idf table: "word idf" lines.
func readIDF(path string) (map[string]float64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	idf := make(map[string]float64)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		word, value, ok := strings.Cut(sc.Text(), " ")
		if !ok {
			continue
		}
		v, err := strconv.ParseFloat(value, 64)
		if err != nil {
			return nil, fmt.Errorf("%s: %q: %v", path, sc.Text(), err)
		}
		idf[word] = v
	}
	return idf, sc.Err()
}

// trim returns the lines of dict ("word freq tag") that are kept, in their
// original order, with the number kept and the total.
func trim(dict []byte, idf map[string]float64, maxIDF float64, minFreq int) (out []byte, kept, total int, err error) {
	var buf bytes.Buffer
	for line := range strings.Lines(string(dict)) {
		fields := strings.Fields(line)
		if len(fields) != 3 {
			return nil, 0, 0, fmt.Errorf("jieba.dict.utf8: bad line %q", line)
		}
		freq, err := strconv.Atoi(fields[1])
		if err != nil {
			return nil, 0, 0, fmt.Errorf("jieba.dict.utf8: bad line %q: %v", line, err)
		}
		total++
		v, seen := idf[fields[0]]
		if utf8.RuneCountInString(fields[0]) == 1 || (seen && v <= maxIDF) || freq >= minFreq {
			kept++
			buf.WriteString(strings.Join(fields, " ") + "\n")
		}
	}
	return buf.Bytes(), kept, total, nil
}

// writeGzip writes data gzip-compressed, with an empty header so that the
// output depends on data alone.
func writeGzip(name string, data []byte) error {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(data); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(name, buf.Bytes(), 0o644)
}
