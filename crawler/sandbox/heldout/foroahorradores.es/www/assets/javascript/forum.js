/* Foro Ahorradores: pequeñas utilidades (spoilers, citar, ir arriba) */
jQuery(function ($) {
    $('.spoiler-btn').on('click', function () {
        $(this).next('.spoiler-body').slideToggle(150);
    });
    $('a.top').on('click', function (e) {
        e.preventDefault();
        $('html,body').animate({scrollTop: 0}, 200);
    });
    $('.jumpbox select').on('change', function () {
        if (this.value) { window.location.href = this.value; }
    });
});
