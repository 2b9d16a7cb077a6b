#!/bin/bash
# Pass-through mode: a caller with a wrong secret still makes chatql send up to CHATQL_MAX_UPSTREAM_CALLS
# (300) upstream requests, every one a 401, per HTTP request (not part of npm test).
# Start chatql: CHATQL_CREDENTIALS=passthrough CHATQL_EMULATOR_ACCOUNTS=ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:secret-token-abcdef123 PORT=4102 node bin/chatql.js serve
# then: bash test/adversarial/passthrough-401-fanout.sh 4102   → the operation's log line shows "calls":300, all status 401
PORT=${1:-4102}
BAD=$(printf 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:wrong' | base64 -w0)
Q=$(node -e 'let s="{";for(let a=0;a<4;a++){const ids=Array.from({length:100},(_, i)=>Buffer.from("Service:IS"+(a*100+i).toString(16).padStart(32,"0")).toString("base64url"));s+=`a${a}: nodes(ids:${JSON.stringify(ids)}){id} `}console.log(JSON.stringify({query:s+"}"}))')
curl -s -X POST "http://127.0.0.1:$PORT/graphql" -H 'content-type: application/json' -H "authorization: Basic $BAD" -d "$Q" \
  | node -e 'const r=JSON.parse(require("fs").readFileSync(0));const c={};for(const e of r.errors)c[e.extensions.code]=(c[e.extensions.code]||0)+1;console.log(c)'
