$(function () {
    $("[data-tabs]").each(function () {
        var $box = $(this);
        $box.find(".tab-pane").hide().first().show();
        $box.find(".tab-nav li").on("click", function () {
            var id = $(this).data("tab");
            $(this).addClass("on").siblings().removeClass("on");
            $box.find(".tab-pane").hide();
            $box.find("#" + id).fadeIn(120);
        });
    });
});
