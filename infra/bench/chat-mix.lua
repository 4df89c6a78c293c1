-- wrk script: asks the demo office a realistic mix of questions over keep-alive connections.
-- German and English dominate, as in the pilot; some Arabic, Turkish, Ukrainian and Russian;
-- about one in eight is out of scope and should end in a fallback.
local questions = {
  {"Wie verlängere ich meine Aufenthaltserlaubnis?", "de"},
  {"Aufenthaltstitel läuft ab was tun", "de"},
  {"Ich habe meine Aufenthaltskarte verloren", "de"},
  {"Welche Unterlagen brauche ich für meinen Termin?", "de"},
  {"Wie bekomme ich einen Termin bei der Ausländerbehörde?", "de"},
  {"Was kostet die Verlängerung?", "de"},
  {"Blaue Karte Voraussetzungen", "de"},
  {"Kann meine Frau nach Deutschland nachziehen?", "de"},
  {"Wann kann ich eine Niederlassungserlaubnis bekommen?", "de"},
  {"Fiktionsbescheinigung was ist das", "de"},
  {"How do I extend my residence permit?", "en"},
  {"I lost my residence card, what should I do?", "en"},
  {"blue card salary", "en"},
  {"How long does naturalisation take?", "en"},
  {"Can I travel abroad while my permit is being renewed?", "en"},
  {"كيف أجدد تصريح الإقامة؟", "ar"},
  {"Oturma iznimi nasıl uzatırım?", "tr"},
  {"Як продовжити посвідку на проживання?", "uk"},
  {"Как продлить вид на жительство?", "ru"},
  {"Wie wird das Wetter morgen?", "de"},
  {"Who won the football match yesterday?", "en"},
}

local bodies = {}
for i, q in ipairs(questions) do
  bodies[i] = string.format('{"question":"%s","language":"%s"}', q[1], q[2])
end

-- With LOTSE_BENCH_UNIQUE=1 every question gets a running number, so that no answer can come from
-- the platform's cache of recent answers: the cost of searching for every single question.
local unique = os.getenv("LOTSE_BENCH_UNIQUE") == "1"
local counter = 0
request = function()
  counter = counter + 1
  local q = questions[(counter % #questions) + 1]
  local body = bodies[(counter % #bodies) + 1]
  if unique then
    body = string.format('{"question":"%s %d","language":"%s"}', q[1], counter, q[2])
  end
  return wrk.format("POST", wrk.path, {["Content-Type"] = "application/json"}, body)
end

done = function(summary, latency, requests)
  io.write(string.format("requests: %d in %.1f s -> %.0f answers/s\n", summary.requests,
    summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("latency p%s: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status,
    summary.errors.timeout))
end
