// Mosty: small enhancements only; every page works without this file.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  // suggestions for inputs with data-suggest (search box: /api/suggest; organisation: /api/organizations)
  var counter = 0;
  function attach(input) {
    var list = document.createElement('datalist');
    list.id = 'suggest-' + (++counter);
    input.after(list);
    input.setAttribute('list', list.id);
    var timer, last = '';
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2 || q === last) { return; }
      timer = setTimeout(function () {
        last = q;
        var url = input.dataset.suggest + '?q=' + encodeURIComponent(q) +
          (input.dataset.suggest === '/api/suggest' ? '&size=8&lang=' + (input.dataset.lang || 'pl') : '&limit=10');
        fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) { return r.ok ? r.json() : null; })
          .then(function (data) {
            if (!data) { return; }
            var items = data.suggestions ? data.suggestions.map(function (s) { return s.text; }) : (data.organizations || []);
            list.textContent = '';
            items.forEach(function (text) { var o = document.createElement('option'); o.value = text; list.appendChild(o); });
          }).catch(function () { /* suggestions are optional */ });
      }, 150);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('input[data-suggest]').forEach(attach);

    // search page: a ticked filter or a new order applies at once (the page says so above the filters)
    var form = document.getElementById('search');
    if (form) {
      form.addEventListener('change', function (e) {
        var t = e.target;
        if (t.type === 'checkbox' || t.id === 'sort') { form.requestSubmit ? form.requestSubmit() : form.submit(); }
      });
      // empty fields stay out of the shared URL
      form.addEventListener('submit', function () {
        form.querySelectorAll('input[name="year.from"], input[name="year.to"]').forEach(function (i) { i.disabled = !i.value; });
      });
    }

    // copy buttons of the citation box
    document.querySelectorAll('button[data-copy]').forEach(function (b) {
      b.addEventListener('click', function () {
        var text = document.getElementById(b.dataset.copy).textContent;
        var status = document.getElementById('copy-status');
        navigator.clipboard.writeText(text).then(function () { if (status) { status.textContent = b.dataset.done; } });
      });
    });
  });
})();
