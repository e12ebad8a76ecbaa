// Test helpers: build fetch Responses the way the backend sends them.
export function jsonResponse(status, body, contentType = 'application/json') {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': contentType }
  })
}

export function problemResponse(status, problem) {
  return jsonResponse(status, { status, ...problem }, 'application/problem+json')
}
