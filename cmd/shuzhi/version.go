package main

import (
	"fmt"
	"runtime/debug"

	"shuzhi/lint/seg"
)

// Set at build time by scripts/release.sh (-ldflags -X main.version=…).
var (
	version = ""
	commit  = ""
	date    = ""
)

// versionText is what shuzhi --version prints: the version, the commit
// and date of the build, the dictionaries' checksum and the Go version.
func versionText() string {
	v, c, d, goVersion := version, commit, date, "未知"
	if info, ok := debug.ReadBuildInfo(); ok {
		goVersion = info.GoVersion
		if v == "" && info.Main.Version != "" && info.Main.Version != "(devel)" {
			v = info.Main.Version
		}
		for _, s := range info.Settings {
			switch {
			case s.Key == "vcs.revision" && c == "":
				c = s.Value
			case s.Key == "vcs.time" && d == "":
				d = s.Value
			}
		}
	}
	if v == "" {
		v = "开发版"
	}
	if len(c) > 12 {
		c = c[:12]
	}
	if c == "" {
		c = "未知"
	}
	if d == "" {
		d = "未知"
	}
	return fmt.Sprintf("shuzhi %s（提交 %s，构建于 %s，词典 %s，%s）\n", v, c, d, seg.Checksum(), goVersion)
}

// shortVersion is the version alone, as SARIF's tool.driver.version
// wants it ("v0.3.0", or the module version, or 开发版 in a dev build).
func shortVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}
