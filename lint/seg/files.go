package seg

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	_ "embed"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"shuzhi/dict"
)

var (
	//go:embed jieba.dict.utf8.gz
	mainDictGz []byte
	//go:embed hmm_model.utf8.gz
	hmmModelGz []byte
)

const (
	// userWordFreq is the frequency of a user word given without one, as
	// if it occurred 300 times in jieba's corpus of about 60 million
	// words: common enough that a term such as 三会一课 wins over its
	// parts, not so common that it swallows its neighbours. (cppjieba's
	// own default, the median weight of the main dictionary, would change
	// with every trim of that dictionary.)
	userWordFreq = 300
	// userWordTag is the part-of-speech tag of a user word given without
	// one. seg never tags words, but cppjieba wants a tag after a
	// frequency.
	userWordTag = "n"

	// idfFile and stopWordsFile are what gojieba's keyword extractor
	// reads. seg never extracts keywords, but cppjieba loads both files
	// and asserts that the idf file yields a positive average and the
	// stop-word file at least one word, so each holds one line.
	idfFile       = "党建 1.0\n"
	stopWordsFile = "的\n"
)

// dictPaths are the five files gojieba.NewJieba takes, in its order:
// main dictionary, HMM model, user dictionary, idf, stop words.
type dictPaths [5]string

// check returns an error unless every file exists and none has an empty
// path (gojieba would replace it with the module-cache path).
func (p dictPaths) check() error {
	for _, path := range p {
		if path == "" {
			return errors.New("seg: empty dictionary path")
		}
		if _, err := os.Stat(path); err != nil {
			return fmt.Errorf("seg: dictionary file missing: %w", err)
		}
	}
	return nil
}

// dictFile is one file handed to gojieba: its name and its contents,
// plain or gzip-compressed.
type dictFile struct {
	name string
	data []byte // the contents, or a gzip stream of them when gz is set
	gz   bool
}

// contents returns the contents of the file.
func (f dictFile) contents() ([]byte, error) {
	if !f.gz {
		return f.data, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(f.data))
	if err != nil {
		return nil, fmt.Errorf("seg: embedded %s.gz: %w", f.name, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("seg: embedded %s.gz: %w", f.name, err)
	}
	return data, nil
}

// in reports whether the file at path holds f's contents. A gzip stream
// ends with the CRC-32 and the length of its contents, which are compared
// instead, to spare the decompression: this catches a damaged or partly
// written file, not a forged one.
func (f dictFile) in(path string) bool {
	// Anything but a regular file (a FIFO would block the read) is
	// rewritten: the rename replaces it.
	if st, err := os.Lstat(path); err != nil || !st.Mode().IsRegular() {
		return false
	}
	old, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	if !f.gz {
		return bytes.Equal(old, f.data)
	}
	n := len(f.data)
	return n >= 8 &&
		binary.LittleEndian.Uint32(f.data[n-8:]) == crc32.ChecksumIEEE(old) &&
		binary.LittleEndian.Uint32(f.data[n-4:]) == uint32(len(old))
}

// dictFiles writes the dictionary files once per process and returns
// their paths.
var dictFiles = sync.OnceValues(func() (dictPaths, error) {
	files, err := dictContents()
	if err != nil {
		return dictPaths{}, err
	}
	return writeDictFiles(files)
})

// dictContents returns the five files, in dictPaths order.
func dictContents() ([]dictFile, error) {
	user, err := userDict()
	if err != nil {
		return nil, err
	}
	return []dictFile{
		{"jieba.dict.utf8", mainDictGz, true},
		{"hmm_model.utf8", hmmModelGz, true},
		{"user.dict.utf8", user, false},
		{"idf.utf8", []byte(idfFile), false},
		{"stop_words.utf8", []byte(stopWordsFile), false},
	}, nil
}

// userDict returns dict/userdict.txt as cppjieba reads a user dictionary.
func userDict() ([]byte, error) {
	lines, err := dict.Lines("userdict.txt")
	if err != nil {
		return nil, fmt.Errorf("seg: %w", err)
	}
	return userDictLines(lines)
}

// userDictLines turns the entries of dict/userdict.txt ("term", "term
// tag" or "term freq tag") into lines "term freq tag".
func userDictLines(lines []string) ([]byte, error) {
	var b strings.Builder
	for _, line := range lines {
		f := strings.Fields(line)
		freq, tag := strconv.Itoa(userWordFreq), userWordTag
		switch len(f) {
		case 1:
		case 2:
			if _, err := strconv.Atoi(f[1]); err == nil {
				return nil, fmt.Errorf(`seg: dict/userdict.txt: %q: a frequency needs a tag after it ("term freq tag")`, line)
			}
			tag = f[1]
		case 3:
			if n, err := strconv.Atoi(f[1]); err != nil || n <= 0 {
				return nil, fmt.Errorf("seg: dict/userdict.txt: %q: frequency must be a positive integer", line)
			}
			freq, tag = f[1], f[2]
		default:
			return nil, fmt.Errorf(`seg: dict/userdict.txt: %q: want "term", "term tag" or "term freq tag"`, line)
		}
		if err := checkWord(f[0]); err != nil {
			return nil, fmt.Errorf("seg: dict/userdict.txt: %w", err)
		}
		fmt.Fprintf(&b, "%s %s %s\n", f[0], freq, tag)
	}
	return []byte(b.String()), nil
}

// writeDictFiles makes sure the files exist with the right contents in a
// directory named after them, dict-<hash> under the user cache directory
// (or, when that cannot be written, under the temporary directory), and
// returns their paths. Files already there with the right contents are
// reused; others are written to a temporary file and renamed into place,
// so processes running at the same time never see a partial file.
// When no folder can hold them it returns a *CacheError.
func writeDictFiles(files []dictFile) (dictPaths, error) {
	h := sha256.New()
	for _, f := range files {
		fmt.Fprintf(h, "%s %t %d\n", f.name, f.gz, len(f.data))
		h.Write(f.data)
	}
	sub := "dict-" + hex.EncodeToString(h.Sum(nil))[:12]

	var dirs []string
	if cache, err := os.UserCacheDir(); err == nil {
		dirs = append(dirs, filepath.Join(cache, "shuzhi", sub))
	}
	dirs = append(dirs, filepath.Join(os.TempDir(), "shuzhi-"+strconv.Itoa(os.Getuid()), sub))

	var errs []error
	for _, dir := range dirs {
		paths, err := writeDir(dir, files)
		if err == nil {
			return paths, nil
		}
		errs = append(errs, err)
	}
	// shuzhi never judges with another segmentation: without the files
	// the run stops, saying what to do.
	return dictPaths{}, &CacheError{Dirs: dirs, Err: errors.Join(errs...)}
}

// CacheError says that no folder could hold the dictionary files.
type CacheError struct {
	Dirs []string // the folders tried
	Err  error    // why each failed
}

func (e *CacheError) Error() string {
	return fmt.Sprintf("无法写入分词词典：用户缓存目录和临时目录都不可写（已尝试 %s）；请把环境变量 XDG_CACHE_HOME 或 TMPDIR 设为可写的文件夹", strings.Join(e.Dirs, "、"))
}

// Unwrap returns the underlying errors.
func (e *CacheError) Unwrap() error { return e.Err }

// writeDir writes files into dir, reusing those already right.
func writeDir(dir string, files []dictFile) (dictPaths, error) {
	// cppjieba splits a user dictionary path at '|' and ';'.
	if strings.ContainsAny(dir, "|;") {
		return dictPaths{}, fmt.Errorf("%s: path contains '|' or ';'", dir)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return dictPaths{}, err
	}
	var paths dictPaths
	for i, f := range files {
		paths[i] = filepath.Join(dir, f.name)
		if f.in(paths[i]) {
			continue
		}
		data, err := f.contents()
		if err != nil {
			return dictPaths{}, err
		}
		if err := writeFile(paths[i], data); err != nil {
			return dictPaths{}, err
		}
	}
	return paths, nil
}

// writeFile writes data to path through a temporary file renamed into
// place.
func writeFile(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// Checksum identifies the dictionaries shuzhi segments with: the embedded
// jieba dictionary and model and every lexicon of dict/ (the user
// dictionary among them), as the first 12 hex digits of their SHA-256.
func Checksum() string {
	h := sha256.New()
	h.Write(mainDictGz)
	h.Write(hmmModelGz)
	entries, _ := fs.ReadDir(dict.FS, ".")
	for _, e := range entries {
		data, _ := fs.ReadFile(dict.FS, e.Name())
		fmt.Fprintf(h, "%s %d\n", e.Name(), len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}
