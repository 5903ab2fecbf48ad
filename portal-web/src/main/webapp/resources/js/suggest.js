/* Name suggestions for the supplier search box, from the public suggest API (no session, no Faces request). */
(function () {
    var input = document.querySelector('input[data-suggest]');
    if (!input || !window.fetch) {
        return;
    }
    var list = document.getElementById(input.getAttribute('list'));
    var timer = null;
    var last = '';
    input.addEventListener('input', function () {
        var prefix = input.value.trim();
        clearTimeout(timer);
        if (prefix.length < 1 || prefix === last) {
            return;
        }
        timer = setTimeout(function () {
            last = prefix;
            fetch(input.getAttribute('data-suggest') + '?max=8&q=' + encodeURIComponent(prefix), {credentials: 'omit'})
                .then(function (r) { return r.ok ? r.json() : []; })
                .then(function (names) {
                    list.textContent = '';
                    names.forEach(function (name) {
                        var option = document.createElement('option');
                        option.value = name;
                        list.appendChild(option);
                    });
                })
                .catch(function () { /* suggestions are a convenience only */ });
        }, 150);
    });
}());
