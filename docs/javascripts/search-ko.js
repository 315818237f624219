/*
 * 한국어 검색어 다듬기 (hooks/search.py 와 짝).
 *
 * Material 검색(lunr)은 검색어의 낱말마다 "그 글자로 시작하는 낱말"을 찾습니다. 그래서 "가중치를"로는
 * "가중치", "가중치가"만 쓴 절을 찾지 못합니다. 이 스크립트는 검색어가 검색 워커로 가기 전에
 * 낱말 끝의 조사·어미를 떼어 줄기만 보냅니다: 가중치를 → 가중치, 레이어에서는 → 레이어, get_config를 → get_config.
 *
 * 떼는 규칙 (손으로 적은 목록 없음): 검색 색인의 config.ko_query 에 빌드가 사이트 글을 Kiwi 로 분석해 만든
 * 조사·어미 목록(suffixes)과 줄기 목록(stems)이 있습니다. 낱말이 그대로 줄기이면 두고, "줄기 + 조사·어미"
 * (또는 조사·어미 두 개를 이은 것)로 나뉘면 줄기만 남깁니다. 코드와 한글이 붙은 낱말(fit이)은 둘을 나누고,
 * 한글 쪽이 조사·어미뿐이면 버립니다. 목록이 없으면(kiwipiepy 없이 만든 사이트) 한글 낱말은 그대로 둡니다.
 *
 * 영어·코드 낱말은 두 번 보냅니다: "weight^1"(끝에 *가 붙지 않아 낱말 전체로만, 모든 필드)과 "text:weight"(본문에서만
 * weight*). 제목과 숨은 필드(title_keys, intro_keys)에서는 앞부분으로 맞추지 않는 것입니다. 그렇지 않으면 드문 긴
 * 코드 이름(weighted_metrics, build_from_config, layer_init)이 lunr 의 idf 로 크게 올라가, weight 를 찾을 때 weighted_metrics
 * 를 소개하는 절이 "가중치"가 제목인 절보다 먼저 나옵니다. 한글 낱말은 어디서나 앞부분으로도 찾되(색인에서 나누지
 * 않은 합성어·활용형이 있어서입니다) 낱말 전체로 맞은 것을 두 배로 칩니다: "샘플^1 샘플" (샘플 > 샘플링).
 *
 * 결과는 검색어의 낱말을 더 많이 가진 절이 먼저 오도록 다시 줄 세웁니다 (아래 coordinate).
 *
 * 검색 색인(search_index.json)은 페이지를 열 때가 아니라 독자가 검색하려 할 때 받습니다 (맨 아래 release).
 *
 * 방법: Material 은 검색 워커에 postMessage 로 색인(SETUP, type 0)과 검색어(QUERY, type 2)를 보내고, 워커의 "message"
 * 이벤트로 결과(RESULT, type 3)를 받습니다. Worker.prototype.postMessage 를 감싸 색인에서 목록을 읽고 검색어만 바꾸며
 * (창에 보이는 검색어는 그대로), Worker.prototype.addEventListener 를 감싸 결과를 Material 보다 먼저 받습니다. 그래서 이
 * 스크립트는 Material 의 bundle 보다 먼저 실려야 합니다 (overrides/main.html).
 */
(function () {
  "use strict";
  if (typeof Worker === "undefined" || Worker.prototype.__koQuery) return;
  var SETUP = 0;
  var QUERY = 2;
  var RESULT = 3;
  var MAX_TAIL = 3; // 4번 규칙에서 떼어 낼 수 있는 모르는 꼬리의 길이
  var HANGUL = /^[\uac00-\ud7a3]+$/;
  var lists = null;

  function prepare(data) {
    if (!data || !data.suffixes || !data.stems) return null;
    return { suffixes: new Set(data.suffixes), stems: new Set(data.stems), irregular: data.irregular || {} };
  }

  function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  // 조사·어미 하나이거나 둘을 이은 것인지 (에서 + 는, 이 + 란)
  function isSuffix(s) {
    if (lists.suffixes.has(s)) return true;
    for (var i = 1; i < s.length; i++) {
      if (lists.suffixes.has(s.slice(0, i)) && lists.suffixes.has(s.slice(i))) return true;
    }
    return false;
  }

  // 한글 낱말 → 줄기.
  // 1. 낱말이 그대로 줄기이면 그대로. 2. 줄기 + 조사·어미로 나뉘면 줄기 (긴 줄기부터).
  // 3. 모양이 바뀌는 동사 줄기(+ 어미)이면 원래 줄기: 만든, 만드는 → 만들 (색인의 keys 에 만들이 있습니다).
  // 4. 그래도 안 되면, 사이트에 없는 어미(저장되나요)일 수 있으므로 두 글자 이상인 가장 긴 줄기로 시작하면 그 줄기.
  function stem(word) {
    if (lists.stems.has(word)) return word;
    if (has(lists.irregular, word)) return lists.irregular[word]; // 만든 → 만들
    var i;
    for (i = word.length - 1; i > 0; i--) {
      if (lists.stems.has(word.slice(0, i)) && isSuffix(word.slice(i))) return word.slice(0, i);
    }
    for (i = word.length - 1; i > 1; i--) {
      if (has(lists.irregular, word.slice(0, i)) && isSuffix(word.slice(i))) {
        return lists.irregular[word.slice(0, i)];
      }
    }
    for (i = word.length - 1; i > 1 && word.length - i <= MAX_TAIL; i--) {
      if (lists.stems.has(word.slice(0, i))) return word.slice(0, i);
    }
    return word;
  }

  // 영어·코드 낱말: 제목과 보이지 않는 필드에서는 낱말 전체로만, 본문에서는 앞부분으로도 찾습니다.
  // Material 은 모든 낱말 끝에 *를 붙여 앞부분으로 찾는데(weight → weighted_metrics, build → build_from_config),
  // 그런 긴 코드 이름은 드물어서(lunr 의 idf) 제목·intro_keys 에서 앞부분으로 맞으면 그 낱말 자체가 제목에 있는 절보다
  // 크게 올라갑니다. "weight^1"은 *가 붙지 않는 낱말 전체, "text:weight"는 본문에서만 weight* 입니다.
  function latin(part) {
    var out = [];
    var pieces = part.split(/-+/); // lunr 는 검색어를 -에서도 나눕니다: non-trainable → non, trainable
    for (var i = 0; i < pieces.length; i++) {
      if (/[A-Za-z0-9_]/.test(pieces[i])) out.push(pieces[i] + "^1", "text:" + pieces[i]);
    }
    return out.length ? out : [part];
  }

  // 한글 낱말: 어디서나 앞부분으로도 찾되(Material 이 *를 붙임), 낱말 전체로 맞은 것을 두 배로 칩니다 ("샘플^1 샘플*").
  // 샘플로 찾을 때 "샘플마다 …" 제목이 "샘플링 …" 제목보다 먼저 나오게 합니다 (더 긴 낱말은 드물어서 idf 가 큽니다).
  function hangul(part) {
    return [part + "^1", part];
  }

  function rewriteWord(word) {
    // lunr 문법(+필수, -제외, 필드:, ^무게, ~거리, *와일드카드, "구")이 든 낱말은 그대로 둡니다.
    if (/^[+\-]|[:^~*"]/.test(word)) return [word];
    var parts = word.match(/[\uac00-\ud7a3]+|[^\uac00-\ud7a3]+/g) || [word];
    var out = [];
    for (var i = 0; i < parts.length; i++) {
      var part = parts[i];
      if (!HANGUL.test(part)) {
        out.push.apply(out, latin(part));
      } else if (!lists) {
        out.push.apply(out, hangul(part));
      } else if (i > 0 && isSuffix(part)) {
        continue; // 코드·영어 뒤의 조사: get_config를 → get_config
      } else {
        out.push.apply(out, hangul(stem(part)));
      }
    }
    return out.length ? out : [word];
  }

  function rewrite(query) {
    var words = query.split(/\s+/).filter(Boolean);
    var out = [];
    for (var i = 0; i < words.length; i++) {
      out.push.apply(out, rewriteWord(words[i]));
    }
    return out.join(" ");
  }

  // 결과 다시 줄 세우기: 검색어 낱말을 더 많이 가진 절이 먼저. Material 은 점수에 (1 + f²)를 곱하는데(f: 그 절에 맞은
  // 검색어 낱말의 비율), lunr 에서 제목은 본문의 1000배 무게라 낱말 하나가 다른 절의 제목에 맞으면 검색어의 낱말을 거의 다
  // 가진 절을 이깁니다 ("tf.Variable 가중치가 추적되지 않음"이 "변수 저장 맞추기"로). 점수에 f²를 한 번 더 곱합니다.
  // 낱말이 하나인 검색어(f = 1)는 바뀌지 않습니다.
  function coordinate(items) {
    var best = function (group) {
      return group.length ? group[0].score : 0;
    };
    for (var i = 0; i < items.length; i++) {
      var group = items[i];
      for (var j = 0; j < group.length; j++) {
        var terms = group[j].terms || {};
        var keys = Object.keys(terms);
        if (!keys.length) continue;
        var hit = 0;
        for (var k = 0; k < keys.length; k++) if (terms[keys[k]]) hit++;
        group[j].score *= (hit / keys.length) * (hit / keys.length);
      }
      group.sort(function (a, b) {
        return b.score - a.score;
      });
    }
    items.sort(function (a, b) {
      return best(b) - best(a);
    });
  }

  // 결과(RESULT)는 Material 보다 먼저 받아 제자리에서 고칩니다. 한 워커의 "message" 리스너는 등록한 순서로 불리므로,
  // Material 이 처음 리스너를 등록할 때 그 앞에 하나를 등록합니다. MessageEvent.data 는 모든 리스너에게 같은 객체입니다.
  var listen = Worker.prototype.addEventListener;
  Worker.prototype.addEventListener = function (type) {
    if (type === "message" && !this.__koResults) {
      this.__koResults = true;
      listen.call(this, "message", function (event) {
        var message = event.data;
        if (message && message.type === RESULT && message.data && Array.isArray(message.data.items)) {
          coordinate(message.data.items);
        }
      });
    }
    return listen.apply(this, arguments);
  };

  var post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message) {
    var args = Array.prototype.slice.call(arguments);
    if (message && message.type === SETUP && message.data && message.data.config) {
      lists = prepare(message.data.config.ko_query);
    } else if (message && message.type === QUERY && typeof message.data === "string") {
      args[0] = { type: QUERY, data: rewrite(message.data) };
    }
    return post.apply(this, args);
  };
  Worker.prototype.__koQuery = true;

  // ---------------------------------------------------------------- 검색 색인은 검색을 열 때 받습니다
  // Material 의 bundle 은 페이지를 열자마자 search/search_index.json(약 560 KB)을 XMLHttpRequest 로 받아 메인 스레드에서
  // JSON.parse 하고 워커로 복사합니다(위 postMessage, SETUP). 검색하지 않는 독자에게도 페이지마다 그렇습니다 (instant 내비게이션을
  // 쓰지 않으므로 페이지마다 다시). 가장 긴 가이드 페이지에서 Lighthouse 모바일(CPU 4배 느림)로 메인 스레드 약 420 ms 의 긴 작업이었습니다.
  // 그래서 그 요청의 send() 를 독자가 검색하려는 첫 신호까지 미룹니다: 검색 창에 포커스(누름, 키보드 단축키 /·s·f),
  // 검색 창·검색 단추 위의 포인터(누르기 직전에 미리 받기), 좁은 화면의 검색 단추(#__search). 주소에 ?q= 가 있으면 바로 받습니다.
  // 색인이 오기 전에 친 검색어는 Material 이 워커가 준비될 때까지 기다렸다가 찾습니다 (느린 기기에서와 같은 길).
  var INDEX_URL = /\/search\/search_index\.json(?:$|[?#])/;
  var released = /[?&]q=/.test(location.search);
  var waiting = [];
  function release() {
    if (released) return;
    released = true;
    document.removeEventListener("focusin", onIntent, true);
    document.removeEventListener("pointerover", onIntent, true);
    document.removeEventListener("change", onIntent, true);
    waiting.splice(0).forEach(function (go) {
      go();
    });
  }
  function onIntent(event) {
    var target = event.target;
    if (target && target.closest && target.closest(".md-search, label[for='__search'], #__search")) release();
  }
  if (!released && typeof XMLHttpRequest !== "undefined") {
    document.addEventListener("focusin", onIntent, true);
    document.addEventListener("pointerover", onIntent, { capture: true, passive: true });
    document.addEventListener("change", onIntent, true);
    var open = XMLHttpRequest.prototype.open;
    var send = XMLHttpRequest.prototype.send;
    XMLHttpRequest.prototype.open = function (method, url) {
      this.__koIndex = INDEX_URL.test(String(url));
      return open.apply(this, arguments);
    };
    XMLHttpRequest.prototype.send = function () {
      if (this.__koIndex && !released) {
        var xhr = this;
        var args = arguments;
        waiting.push(function () {
          send.apply(xhr, args);
        });
        return;
      }
      return send.apply(this, arguments);
    };
  }
})();
