// Opens the collapsed 功能分类项 a finding links to, and scrolls to it.
(function () {
  function openTarget() {
    var id = decodeURIComponent(location.hash.substring(1));
    if (!id) { return; }
    var el = document.getElementById(id);
    if (!el) { return; }
    var details = el.tagName === 'DETAILS' ? el : el.closest('details');
    if (details) { details.open = true; }
    el.scrollIntoView({block: 'start'});
  }
  window.addEventListener('hashchange', openTarget);
  document.addEventListener('DOMContentLoaded', openTarget);
  document.addEventListener('click', function (e) {
    var a = e.target.closest('a.fix-link');
    if (a && a.getAttribute('href') === location.hash) { openTarget(); }
  });
})();
