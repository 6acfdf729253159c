/**
 * Stonefield navigation: mobile menu toggle and sticky header shadow.
 * @package Stonefield
 */
( function( $ ) {
	'use strict';
	$( function() {
		var $nav = $( '#site-navigation' );
		var $toggle = $nav.find( '.menu-toggle' );
		$toggle.on( 'click', function() {
			var open = $nav.toggleClass( 'toggled' ).hasClass( 'toggled' );
			$toggle.attr( 'aria-expanded', open ? 'true' : 'false' );
		} );
		$( window ).on( 'scroll', function() {
			$( '#masthead' ).css( 'box-shadow', $( window ).scrollTop() > 10 ? '0 2px 8px rgba(0,0,0,.06)' : 'none' );
		} );
		$( 'a[href^="#"]' ).on( 'click', function() { $nav.removeClass( 'toggled' ); } );
	} );
}( jQuery ) );
