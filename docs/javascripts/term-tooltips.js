/*
 * 용어 툴팁 (hooks/terms.py 가 본문의 용어를 <abbr title="English — 뜻">용어</abbr> 로 감쌉니다).
 *
 * 용어에 마우스를 올리거나 (터치 화면에서) 누르면 Material 툴팁과 같은 모양(.md-tooltip2)으로 영어 원어와 뜻을 보여 줍니다.
 * Material 의 content.tooltips 는 페이지를 열 때 title 이 있는 요소마다 (가이드 페이지마다 67–137개) 구독을 만들어,
 * 모바일 CPU 로 페이지 열기를 수백 ms 막습니다. 여기서는 문서에 리스너 하나만 두고, 툴팁은 보일 때만 하나 만듭니다.
 *
 * - 보이는 동안 title 을 data-md-title 로 옮겨 브라우저 기본 툴팁이 겹치지 않게 하고, aria-describedby 로 툴팁을 잇습니다.
 *   숨기면 title 을 되돌립니다 (화면 읽기 프로그램과 스크립트가 없는 경우에는 원래 abbr title 그대로).
 * - 위치는 Material CSS 변수(--md-tooltip-host-x/y, --md-tooltip-x/y, --md-tooltip-width)로 용어 바로 아래.
 * - 확인: tests/browser/check.mjs 가 실제 Chromium 에서 용어에 마우스를 올려 툴팁 글자와 ARIA 를 봅니다.
 */
(function () {
  "use strict";
  var ID = "__term_tooltip";
  var host = null;
  var tip = null;

  function term(target) {
    var el = target && target.closest ? target.closest("abbr[title], abbr[data-md-title]") : null;
    return el && el.closest(".md-content") ? el : null;
  }

  function hide() {
    if (!host) return;
    host.setAttribute("title", host.getAttribute("data-md-title"));
    host.removeAttribute("data-md-title");
    host.removeAttribute("aria-describedby");
    host = null;
    var old = tip;
    tip = null;
    old.classList.remove("md-tooltip2--active");
    setTimeout(function () { old.remove(); }, 250); // Material 의 사라지는 전환 시간
  }

  function show(el) {
    if (el === host) return;
    hide();
    var text = el.getAttribute("title");
    if (!text) return;
    host = el;
    el.setAttribute("data-md-title", text);
    el.removeAttribute("title");
    tip = document.createElement("div");
    tip.className = "md-tooltip2 md-tooltip2--bottom";
    tip.setAttribute("role", "tooltip");
    tip.id = ID;
    var inner = document.createElement("div");
    inner.className = "md-tooltip2__inner md-typeset";
    inner.textContent = text;
    tip.appendChild(inner);
    document.body.appendChild(tip);
    var box = el.getBoundingClientRect();
    var style = tip.style;
    style.setProperty("--md-tooltip-host-x", box.left + window.scrollX + "px");
    style.setProperty("--md-tooltip-host-y", box.top + window.scrollY + "px");
    style.setProperty("--md-tooltip-x", box.width / 2 + "px");
    style.setProperty("--md-tooltip-y", 8 + box.height + "px");
    style.setProperty("--md-tooltip-width", inner.offsetWidth + "px");
    style.setProperty("--md-tooltip-tail", "0px");
    el.setAttribute("aria-describedby", ID);
    var shown = tip;
    requestAnimationFrame(function () { shown.classList.add("md-tooltip2--active"); });
  }

  // 용어 위로 오면 보이고, 다른 요소로 가면 숨깁니다. 터치 화면은 누를 때 mouseover 를 냅니다.
  document.addEventListener("mouseover", function (ev) {
    var el = term(ev.target);
    if (el) show(el);
    else hide();
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") hide();
  });
  window.addEventListener("resize", hide);
})();
