-- wrk script: POST XOR on 2-2-1 for 2,000 epochs (train-xor-2000.json beside this script, the docs/API.md
-- curl example) to the URL given to wrk, e.g. wrk -t2 -c8 -d10s -s bench/post-train.lua http://127.0.0.1:PORT/api/train
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local file = assert(io.open(here .. "train-xor-2000.json", "rb"))
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = file:read("*a")
file:close()
