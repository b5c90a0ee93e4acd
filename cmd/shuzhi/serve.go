package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"shuzhi/checks"
	"shuzhi/serve"
)

func newServeCmd() *cobra.Command {
	var (
		addr      string
		profile   string
		noBrowser bool
		jobs      int
	)
	cmd := &cobra.Command{
		Use:   "serve [flags]",
		Short: "打开本机审核网页：拖入报告即可查看结论、字数、各部分篇幅和逐条意见",
		Long: `在本机启动审核网页（默认只监听 127.0.0.1 的一个空闲端口）并打开浏览器。
把一份或多份报告（或整个文件夹）拖进网页：单份报告显示原文，每条意见高亮在对应文字上，
点击可看说明和修改建议；多份报告显示汇总表（可按结论排序）和相互之间的照抄照搬。
可以下载带批注的审核稿（.docx）和 汇总.xlsx。报告只在内存中审核，不写到磁盘，也不会发到任何网站。
按 Ctrl+C 退出。`,
		Example: `  shuzhi serve
  shuzhi serve --addr 127.0.0.1:8080 --no-browser`,
		Args: none,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runServe(cmd, addr, profile, noBrowser, jobs)
		},
	}
	f := cmd.Flags()
	f.StringVar(&addr, "addr", "127.0.0.1:0", "监听地址；端口 0 表示自动选一个空闲端口。非本机地址会让局域网中的其他人也能访问")
	f.StringVar(&profile, "profile", "", "默认方案（网页上可以另选）")
	f.BoolVar(&noBrowser, "no-browser", false, "不自动打开浏览器")
	f.IntVar(&jobs, "jobs", runtime.NumCPU(), "并行审核的文件数")
	return cmd
}

// runServe serves the page until interrupted.
func runServe(cmd *cobra.Command, addr, profile string, noBrowser bool, jobs int) error {
	srv, err := serve.New(serve.Options{Checks: checks.All, Profile: profile, Jobs: jobs})
	if err != nil {
		return &exitCodeError{code: exitError, err: err}
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return &exitCodeError{code: exitError, err: fmt.Errorf("无法监听 %s：%v", addr, err)}
	}
	loopback := isLoopback(ln.Addr())
	if !loopback {
		fmt.Fprintf(cmd.ErrOrStderr(), "警告：%s 不是本机地址，同一网络中的其他人也能打开这个网页并上传报告。\n", ln.Addr())
	}
	url := "http://" + ln.Addr().String() + "/"
	fmt.Fprintf(cmd.OutOrStdout(), "shuzhi 审核网页已启动：%s\n按 Ctrl+C 退出。\n", url)
	if !noBrowser {
		if err := openBrowser(url); err != nil {
			fmt.Fprintf(cmd.ErrOrStderr(), "无法自动打开浏览器（%v），请手动打开上面的地址。\n", err)
		}
	}
	hs := &http.Server{Handler: srv.Handler(loopback), ReadHeaderTimeout: 10 * time.Second}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = hs.Shutdown(shutdown)
	}()
	if err := hs.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return &exitCodeError{code: exitError, err: err}
	}
	return nil
}

func isLoopback(a net.Addr) bool {
	t, ok := a.(*net.TCPAddr)
	return ok && t.IP.IsLoopback()
}

// openBrowser opens url in the user's browser.
func openBrowser(url string) error {
	var c *exec.Cmd
	switch runtime.GOOS {
	case "windows":
		c = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	case "darwin":
		c = exec.Command("open", url)
	default:
		c = exec.Command("xdg-open", url)
	}
	return c.Start()
}
