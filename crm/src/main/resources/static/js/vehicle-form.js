// Pre-fills the energy type from the plate as staff type it (cn-data-rules.md); they may change it.
// The server applies the same rule when the choice is left on "from the plate".
(function () {
  var plate = document.getElementById('plate');
  var energy = document.getElementById('energy');
  if (!plate || !energy) { return; }
  var touched = false;
  energy.addEventListener('change', function () { touched = true; });
  plate.addEventListener('input', function () {
    if (touched) { return; }
    var p = plate.value.toUpperCase().replace(/[\s·.\-]/g, '');
    var letter = null;
    if (p.length === 8) {
      letter = /^[A-HJK]$/.test(p.charAt(2)) ? p.charAt(2) : p.charAt(7);
    }
    energy.value = letter === null ? (p.length === 7 ? 'FUEL' : '') : (letter <= 'E' ? 'NEV' : 'HYBRID');
  });
})();
