/**
 * Kanvas theme: mobile menu toggle, cookie notice, back-to-top.
 * (c) Estudio Kanvas — GPLv2 or later
 */
(function ($) {
  'use strict';
  $(function () {
    var $nav = $('#site-navigation');
    $nav.find('.menu-toggle').on('click', function () {
      var open = $nav.toggleClass('toggled').hasClass('toggled');
      $(this).attr('aria-expanded', open ? 'true' : 'false');
    });

    var $cookie = $('#kv-cookie');
    var key = 'kanvas_cookie_ok';
    try {
      if (!window.localStorage.getItem(key)) { $cookie.addClass('is-visible'); }
    } catch (e) { $cookie.addClass('is-visible'); }
    $cookie.on('click', 'button', function () {
      try { window.localStorage.setItem(key, '1'); } catch (e) {}
      $cookie.removeClass('is-visible');
    });

    $('a[href="#page"]').on('click', function (e) {
      e.preventDefault();
      $('html, body').animate({ scrollTop: 0 }, 300);
    });

    $('.kv-form').on('submit', function (e) {
      var $f = $(this), ok = true;
      $f.find('[required]').each(function () {
        if (!$.trim($(this).val())) { ok = false; $(this).css('border-color', '#c0392b'); }
      });
      if (!ok) { e.preventDefault(); }
    });
  });
})(jQuery);
