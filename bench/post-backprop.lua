-- wrk script: POST the hand-worked 2-2-2 step (backprop-2-2-2.json beside this script, the body of
-- BackpropApiTest.HAND_WORKED) to the URL given to wrk.
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local file = assert(io.open(here .. "backprop-2-2-2.json", "rb"))
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = file:read("*a")
file:close()
