module aioplay

go 1.26

require github.com/stretchr/testify v1.12.1

require (
	github.com/chromedp/cdproto v0.159.0 // indirect
	github.com/chromedp/chromedp v0.23.0 // indirect
	github.com/go-json-experiment/json v0.0.0-20260213210345-44df1a37e875 // indirect
	github.com/syumai/workers v0.31.0 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	honnef.co/go/js/dom/v2 v2.0.0-20231112215516-51f43a291193 // indirect
)

tool github.com/syumai/workers/cmd/workers-assets-gen
