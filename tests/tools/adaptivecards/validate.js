// Parses Adaptive Cards with Microsoft's own parser (the adaptivecards npm package) and reports every validation event.
const fs = require('fs');
const AC = require('adaptivecards/dist/adaptivecards.js');
let failed = 0;
for (const file of process.argv.slice(2)) {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  const context = new AC.SerializationContext();
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  const events = [];
  for (let i = 0; i < context.eventCount; i++) { events.push(context.getEventAt(i)); }
  const validation = card.validateProperties();
  for (const e of validation.validationEvents) { events.push(e); }
  if (events.length > 0) { failed++; }
  console.log(JSON.stringify({ file, body: card.getItemCount(), events: events.map(e => ({ phase: e.phase, event: e.event, message: e.message })) }));
}
process.exit(failed > 0 ? 1 : 0);
