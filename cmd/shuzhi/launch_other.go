//go:build !windows

package main

// startedByExplorer is false outside Windows: shuzhi runs from a shell.
func startedByExplorer() bool { return false }
