/* Phone width: the search results come first; "조건으로 좁히기" opens the filters. Without scripts the filters stay
   visible (the page only hides them once this script runs). */
(function () {
    var toggle = document.getElementById('facets-toggle');
    var facets = document.getElementById('facets');
    if (!toggle || !facets) {
        return;
    }
    document.documentElement.classList.add('js-facets');
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
        var open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        facets.classList.toggle('facets--open', open);
        if (open) {
            facets.focus();
        }
    });
})();
