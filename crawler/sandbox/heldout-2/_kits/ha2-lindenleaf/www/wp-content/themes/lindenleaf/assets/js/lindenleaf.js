/**
 * Lindenleaf theme scripts.
 * Mobile menu toggle, cookie notice, back-to-top button and external-link markers.
 * @package Lindenleaf
 */
( function ( $ ) {
	'use strict';

	var COOKIE_KEY = 'lindenleaf_cookie_ok';

	function initMenu() {
		var $nav = $( '#site-navigation' );
		$nav.find( '.menu-toggle' ).on( 'click', function () {
			var open = $nav.toggleClass( 'toggled' ).hasClass( 'toggled' );
			$( this ).attr( 'aria-expanded', open ? 'true' : 'false' );
		} );
		var here = window.location.pathname.replace( /index\.html$/, '' );
		$nav.find( 'a' ).each( function () {
			var href = $( this ).attr( 'href' );
			if ( href === here || ( href !== '/' && here.indexOf( href ) === 0 ) ) {
				$( this ).parent().addClass( 'current-menu-item' );
			}
		} );
	}

	function initCookieNotice() {
		var $box = $( '#ll-cookie' );
		if ( ! $box.length ) { return; }
		try {
			if ( window.localStorage.getItem( COOKIE_KEY ) ) { return; }
		} catch ( e ) { /* storage disabled */ }
		$box.addClass( 'is-visible' );
		$box.find( 'button' ).on( 'click', function () {
			try { window.localStorage.setItem( COOKIE_KEY, '1' ); } catch ( e ) {}
			$box.removeClass( 'is-visible' );
		} );
	}

	function initToTop() {
		var $btn = $( '<button type="button" class="ll-to-top" aria-label="Top">&uarr;</button>' ).appendTo( 'body' );
		$( window ).on( 'scroll', function () {
			$btn.toggleClass( 'is-visible', $( window ).scrollTop() > 600 );
		} );
		$btn.on( 'click', function () { $( 'html, body' ).animate( { scrollTop: 0 }, 300 ); } );
	}

	function markExternal() {
		$( '.entry-content a[href^="http"]' ).each( function () {
			if ( this.hostname && this.hostname !== window.location.hostname ) {
				$( this ).attr( { rel: 'noopener nofollow', target: '_blank' } );
			}
		} );
	}

	$( function () {
		initMenu();
		initCookieNotice();
		initToTop();
		markExternal();
		$( 'body' ).addClass( 'js' );
	} );
}( jQuery ) );
