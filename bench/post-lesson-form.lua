-- wrk script: post the weight-update lesson's form as htmx does (action=step), the class run's "step".
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["HX-Request"] = "true"
wrk.body = "layers=2,2,1&g-0=sigmoid&g-1=sigmoid&slope=1&eta=0.5&x-0=1&x-1=0.5&d-0=1"
  .. "&b-0-0=0.1&w-0-0-0=0.5&w-0-0-1=-0.3&b-0-1=-0.1&w-0-1-0=0.2&w-0-1-1=0.4&b-1-0=0.2&w-1-0-0=0.6"
  .. "&w-1-0-1=-0.5&action=step"
