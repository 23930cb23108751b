-- wrk script: the weight-update lesson and its eight assets in turn, as a browser asks for them
-- (Accept-Encoding: gzip), the class's first-page burst on one server: wrk -t2 -c300 -s THIS http://HOST:PORT
local paths = {"/lessons/weight-update", "/webjars/uplot/1.6.30/dist/uPlot.iife.min.js", "/webjars/katex/0.18.11/dist/katex.min.js",
  "/webjars/katex/0.18.11/dist/katex.min.css", "/webjars/htmx.org/2.0.10/dist/htmx.min.js", "/static/js/app.js",
  "/static/css/app.css", "/webjars/uplot/1.6.30/dist/uPlot.min.css", "/static/favicon.svg"}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1], {["Accept-Encoding"] = "gzip, deflate, br"})
end
