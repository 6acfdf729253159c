/**
 * Kertas theme scripts: mobile navigation toggle and back-to-top button.
 * @version 1.4.2
 */
( function() {
	var nav = document.getElementById( 'site-navigation' );
	if ( nav ) {
		var button = nav.querySelector( '.menu-toggle' );
		if ( button ) {
			button.addEventListener( 'click', function() {
				nav.classList.toggle( 'toggled' );
				button.setAttribute( 'aria-expanded', nav.classList.contains( 'toggled' ) ? 'true' : 'false' );
			} );
		}
	}
	var top = document.createElement( 'button' );
	top.className = 'back-to-top';
	top.setAttribute( 'aria-label', 'Top' );
	top.innerHTML = '&uarr;';
	document.body.appendChild( top );
	window.addEventListener( 'scroll', function() {
		top.classList.toggle( 'is-visible', window.scrollY > 600 );
	} );
	top.addEventListener( 'click', function() {
		window.scrollTo( { top: 0, behavior: 'smooth' } );
	} );
}() );
