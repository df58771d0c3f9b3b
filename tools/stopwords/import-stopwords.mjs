// Regenerates the "stopwords" list of every language pack in src/NewsClean/RulePacks from published data sets,
// so the lists are data with a known source, never typed from memory.
//
//   cd tools/stopwords && npm install && node import-stopwords.mjs          (rewrites the packs)
//   node import-stopwords.mjs --check                                      (exits 1 if a pack is out of date)
//
// Sources (versions pinned in package.json; licences in THIRD-PARTY-NOTICES.md):
//   stopwords-iso 1.1.0 (MIT): the list for every pack.
//   stopword 3.1.5 (MIT): added to the few languages where stopwords-iso lacks the commonest function words (see SUPPLEMENTS).
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const packDir = join(here, "..", "..", "src", "NewsClean", "RulePacks");

const iso = require("stopwords-iso/stopwords-iso.json");
const stopword = require("stopword");

// stopwords-iso's Ukrainian list (73 words) has no "і", "у", "в", "на" or "не", the commonest words of any Ukrainian
// text, so on its own it scores Ukrainian prose lower than the Russian list does. The `stopword` package's list has them.
const SUPPLEMENTS = { uk: "ukr" };

// Packs that are not a language.
const SKIP = new Set(["common"]);

const LINE_WIDTH = 140;

/** Lowercased, NFC, single tokens that contain a letter, deduplicated and sorted by UTF-16 code unit (.NET's ordinal order). */
function clean(words) {
  const out = new Set();
  for (const raw of words) {
    const word = raw.normalize("NFC").trim().toLowerCase();
    // The library matches stopwords against single tokens: entries with spaces (Vietnamese "bao giờ") can never
    // match, and entries without a letter ("!", "10") are punctuation or numbers, not words.
    if (word.length === 0 || /\s/u.test(word) || !/\p{L}/u.test(word)) {
      continue;
    }
    out.add(word);
  }
  return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function format(words) {
  const head = '  "stopwords": [';
  const indent = " ".repeat(head.length);
  const lines = [];
  let line = "";
  for (const word of words) {
    const item = JSON.stringify(word);
    const next = line.length === 0 ? item : `${line}, ${item}`;
    if ((lines.length === 0 ? head : indent).length + next.length + 1 > LINE_WIDTH && line.length > 0) {
      lines.push(`${line},`);
      line = item;
    } else {
      line = next;
    }
  }
  lines.push(line);
  return head + lines.join(`\n${indent}`) + "]";
}

/** Replaces the pack's "stopwords" array, or appends one after its last property. */
function withStopwords(text, block) {
  const existing = /\n {2}"stopwords": \[[\s\S]*?\]\n/;
  if (existing.test(text)) {
    return text.replace(existing, () => `\n${block}\n`);
  }

  const close = text.lastIndexOf("}");
  const body = text.slice(0, close).trimEnd();
  return `${body},\n${block}\n}\n`;
}

const check = process.argv.includes("--check");
let stale = 0;
for (const file of readdirSync(packDir).filter((f) => f.endsWith(".json")).sort()) {
  const path = join(packDir, file);
  const text = readFileSync(path, "utf8");
  const tag = /"language"\s*:\s*"([^"]+)"/.exec(text)?.[1];
  if (!tag || SKIP.has(tag)) {
    continue;
  }

  const source = iso[tag];
  if (!source) {
    console.error(`${file}: stopwords-iso has no list for "${tag}"; add one by hand with its source noted.`);
    process.exitCode = 1;
    continue;
  }

  const extra = SUPPLEMENTS[tag] ? stopword[SUPPLEMENTS[tag]] ?? [] : [];
  const words = clean([...source, ...extra]);
  const updated = withStopwords(text, format(words));
  if (updated !== text) {
    stale++;
    if (!check) {
      writeFileSync(path, updated, "utf8");
    }
  }

  console.log(`${file}: ${words.length} stopwords (stopwords-iso ${source.length}${extra.length ? ` + stopword ${extra.length}` : ""})`);
}

if (check && stale > 0) {
  console.error(`${stale} pack(s) differ from the generated stopword lists; run node import-stopwords.mjs.`);
  process.exitCode = 1;
}
