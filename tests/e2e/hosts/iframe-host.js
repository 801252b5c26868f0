// The three-line host snippet of the README, as an external file (this page has a strict CSP).
addEventListener("message", function (e) {
  var d = e.data;
  if (d && d.type === "career-explorer:height")
    document.querySelectorAll("iframe[data-career-explorer]").forEach(function (f) { if (f.contentWindow === e.source) f.height = d.height; });
});
