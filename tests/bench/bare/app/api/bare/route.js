// The bare baseline: parse a JSON body and answer a small JSON shaped like the app's save response, with no
// database and no validation, so the bench sees what the framework alone costs on this machine.
// Plain JavaScript on purpose: the project's tsconfig (allowJs: false) then never sees this app.
export async function POST(request) {
  const body = await request.json();
  const revision = (Number(body.baseRevision) || 0) + 1;
  const entries = {};
  for (const change of Array.isArray(body.changes) ? body.changes : []) {
    entries[change.questionId] = { value: change.value, changedAt: change.changedAt, revision };
  }
  return Response.json({ revision, entries }, { headers: { "Cache-Control": "no-store" } });
}
