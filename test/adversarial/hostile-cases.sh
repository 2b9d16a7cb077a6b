#!/bin/bash
# Runs the hostile-upstream cases of docs/adversarial-run.md (not part of npm test).
#   node test/adversarial/hostile-upstream.mjs 4190 &
#   CHAT_API_BASE_URL=http://127.0.0.1:4190 TWILIO_ACCOUNT_SID=AC11111111111111111111111111111111 \
#     TWILIO_AUTH_TOKEN=hostile-test-auth-token-9f8e7d CHATQL_API_TOKENS=adv-token-0123456789abcdef PORT=4103 node bin/chatql.js serve &
#   bash test/adversarial/hostile-cases.sh 4103 adv-token-0123456789abcdef [4190]
PORT=${1:-4103}; TOKEN=${2:-adv-token-0123456789abcdef}; UP=${3:-4190}
SVC=IS00000000000000000000000000000000
run() { # mode, query
  curl -s "http://127.0.0.1:$UP/__mode/$1" >/dev/null
  local body; body=$(node -e 'console.log(JSON.stringify({query:process.argv[1]}))' "$2")
  local t0=$(date +%s%N)
  local out; out=$(curl -s -m 60 -X POST "http://127.0.0.1:$PORT/graphql" -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" -d "$body")
  local ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  printf '%-18s %6sms upstream=%s  %s\n' "$1" "$ms" "$(curl -s "http://127.0.0.1:$UP/__stats" | node -pe 'JSON.parse(require("fs").readFileSync(0)).requests')" \
    "$(node -e 'const r=JSON.parse(process.argv[1]);console.log(JSON.stringify(r.errors?r.errors.map(e=>[e.extensions.code,(e.path||[]).join(".")]):"ok"))' "$out")"
}
# Expected UPSTREAM_ERROR for all of these; INTERNAL_SERVER_ERROR is the finding.
run bigint  '{ services { nodes { sid typingIndicatorTimeout } } }'
run bigint  "{ service(sid: \"$SVC\") { sid typingIndicatorTimeout } }"
run nulls   '{ services { nodes { sid accountSid } } }'
run nulls   "{ service(sid: \"$SVC\") { roles { nodes { id serviceSid } } } }"
# A role listed under service 0 that says it belongs to service 9 is accepted as service 0's default role.
run role-elsewhere "{ service(sid: \"$SVC\") { defaultServiceRole { serviceSid friendlyName } } }"
# Pages far larger than the PageSize asked for (40,000 items for PageSize=3): ~0.5 s of CPU per page.
run many-items '{ services(first: 2) { nodes { sid } } }'
# Walks that accumulate 50 pages of ~27,000 roles each (1.35 M objects) before failing on the page cap.
run many-roles-forever "{ service(sid: \"$SVC\") { defaultServiceRole { sid } } }"
# Held: paging caps, body cap, redirects, non-JSON, deep JSON, 503, hanging upstream.
run next-forever '{ services(last: 1) { nodes { sid } } }'
run long-url '{ services(first: 1) { nodes { sid } } }'
run deep-json "{ service(sid: \"$SVC\") { sid } }"
run deep-json-200 '{ services(first: 1) { nodes { sid } } }'
run redirect "{ service(sid: \"$SVC\") { sid } }"
run html "{ service(sid: \"$SVC\") { sid } }"
run 503 "{ service(sid: \"$SVC\") { sid } }"
run echo "{ service(sid: \"$SVC\") { sid } }"
