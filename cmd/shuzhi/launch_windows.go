//go:build windows

package main

import (
	"syscall"
	"unsafe"
)

var (
	kernel32                  = syscall.NewLazyDLL("kernel32.dll")
	procGetConsoleProcessList = kernel32.NewProc("GetConsoleProcessList")
	procSetConsoleOutputCP    = kernel32.NewProc("SetConsoleOutputCP")
	procSetConsoleCP          = kernel32.NewProc("SetConsoleCP")
)

// utf8CodePage is Windows' code page for UTF-8.
const utf8CodePage = 65001

func init() {
	// The console shows what shuzhi writes, in UTF-8, instead of reading
	// it as GBK (code page 936).
	procSetConsoleOutputCP.Call(utf8CodePage)
	procSetConsoleCP.Call(utf8CodePage)
}

// startedByExplorer reports whether shuzhi.exe was started by a double
// click or by files dropped on it, not from a console: then its console
// window was made for it and it is the only process attached to it.
func startedByExplorer() bool {
	var ids [2]uint32
	n, _, _ := procGetConsoleProcessList.Call(uintptr(unsafe.Pointer(&ids[0])), 2)
	return n == 1
}
