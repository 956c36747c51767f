// The text of `kiln-cli build -explain`: after the build, why each action
// ran (or hit the cache only thanks to early cutoff), one reason a line,
// like ninja's `-d explain`, on stderr:
//
//   explain = { reason } summary
//   reason  = "kiln explain: " mode " " package ": " verdict [" (" category ")"]
//             [": " detail] LF
//   summary = "kiln explain: ran " n " of " m " actions (new " a ", own input " b
//             ", propagated " c ", unchanged inputs " d "); early cutoff " e
//             "; restored from cache " f LF
//   verdict = "new" | "own input changed" | "propagated" | "unchanged inputs"
//           | "early cutoff" | "restored from cache"     (rebuildreason.h)
//   category= "file" | "flag" | "toolchain" | "env" | "tag" | "module"
//           | "dependency" | "other"                      (preimagediff.h)
//
// Per action, in build order:
//   new                 one line, detail "no earlier build of this action"
//   own input changed,  one line per changed own line of the preimage: its
//   restored from cache category, then "SUBJECT: DETAIL" ("util.go: hash A → B",
//                       "-gcflags: [] → [\"-N\"]", "build info: -tags=x added");
//                       then, when dependencies changed too, one line
//                       "(dependency): content IDs changed too: P, Q"
//   propagated          one line per changed dependency line, category
//                       dependency ("example.com/m/util: content ID A → B"), then
//                       one line "root cause: KEY, KEY" (the actions the change
//                       came from, rebuildreason.h)
//   unchanged inputs    one line saying the result was not in the cache
//   early cutoff        one line "P, Q ran; the content IDs did not change"
// Up-to-date actions print nothing. Actions that failed add " [failed]"
// after the verdict line's package.
#pragma once

#include "explain/rebuildreason.h"

#include <QByteArray>

namespace kiln::explain
{

QByteArray explainText(const BuildExplanation &explanation);

} // namespace kiln::explain
