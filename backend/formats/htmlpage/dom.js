// Tandem's standalone roadmap page. export_html.go joins the files of
// htmlpage into the page's one inline script, in this order: dom.js,
// roadmap.js, axis.js, lists.js, page.js.
//
// dom.js makes elements. User text goes into the page only through
// textContent and setAttribute, never as markup.
'use strict'

function el(tag, cls, text) {
  const e = document.createElement(tag)
  if (cls) e.className = cls
  if (text !== undefined) e.textContent = text
  return e
}

/** line makes an element of strings and nodes; user text goes in u(). */
function line(tag, cls, ...parts) {
  const e = el(tag, cls)
  e.append(...parts)
  return e
}

/** u holds one piece of user text, isolated so that its direction (say, a
 * right-to-left override) cannot reorder the text around it. */
function u(text) {
  return el('bdi', '', text)
}

function svg(tag, attrs) {
  const e = document.createElementNS('http://www.w3.org/2000/svg', tag)
  for (const k in attrs) e.setAttribute(k, attrs[k])
  return e
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
