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

// One save for the page: saving any section also sends the unsaved edits of every other section
// (they are copied into the submitted form), and leaving the page with unsaved edits asks first.
(function () {
  var dirty = false;
  function fieldForms() {
    return Array.prototype.filter.call(document.querySelectorAll('form'), function (f) {
      return /\/fields$/.test(f.getAttribute('action') || '');
    });
  }
  function track(e) {
    var el = e.target;
    if (!el.name || !el.form || fieldForms().indexOf(el.form) < 0) { return; }
    el.setAttribute('data-unsaved', '');
    dirty = true;
    document.body.classList.add('unsaved');
  }
  document.addEventListener('input', track);
  document.addEventListener('change', track);
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (fieldForms().indexOf(form) >= 0) {
      fieldForms().forEach(function (other) {
        if (other === form) { return; }
        other.querySelectorAll('[data-unsaved]').forEach(function (el) {
          var copy = document.createElement('input');
          copy.type = 'hidden';
          copy.name = el.name;
          copy.value = el.value;
          form.appendChild(copy);
        });
      });
      dirty = false;
    }
  });
  window.addEventListener('beforeunload', function (e) {
    if (!dirty) { return; }
    e.preventDefault();
    e.returnValue = '';
  });
  window.juesuanUnsaved = function () { return dirty; };
})();
