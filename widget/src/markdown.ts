// The small part of Markdown that answers use: paragraphs, bullet and numbered lists, bold,
// italics and links. It builds DOM nodes and never parses HTML, so markup in content stays text.

const SAFE_SCHEMES = /^(https?:|mailto:|tel:)/i;
const LIST_ITEM = /^\s*(?:([-*+])|(\d{1,9})[.)])\s+(.*)$/;

export interface MarkdownOptions {
  /** Appended to each link for screen readers, e.g. "(opens in a new window)". */
  newWindowHint?: string;
  /** Set while rendering a link's label. */
  inLink?: boolean;
}

export function renderMarkdown(source: string, doc: Document, options: MarkdownOptions = {}): DocumentFragment {
  const out = doc.createDocumentFragment();
  let paragraph: string[] = [];
  let list: HTMLOListElement | HTMLUListElement | null = null;
  let item: string[] | null = null;

  const flushItem = () => {
    if (list && item) {
      const li = doc.createElement('li');
      li.append(renderInline(item.join(' '), doc, options));
      list.append(li);
    }
    item = null;
  };
  const flushList = () => {
    flushItem();
    if (list) out.append(list);
    list = null;
  };
  const flushParagraph = () => {
    if (paragraph.length) {
      const p = doc.createElement('p');
      p.append(renderInline(paragraph.join(' '), doc, options));
      out.append(p);
    }
    paragraph = [];
  };

  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const listItem = LIST_ITEM.exec(line);
    if (!line.trim()) {
      flushParagraph();
      flushList();
    } else if (listItem) {
      flushParagraph();
      const ordered = listItem[2] !== undefined;
      if (!list || (list.tagName === 'OL') !== ordered) {
        flushList();
        list = doc.createElement(ordered ? 'ol' : 'ul');
        if (ordered && listItem[2] !== '1') list.setAttribute('start', String(Number(listItem[2])));
      }
      flushItem();
      item = [listItem[3]];
    } else if (item && /^\s/.test(line)) {
      item.push(line.trim()); // an indented continuation of the list item
    } else {
      flushList();
      paragraph.push(line.trim());
    }
  }
  flushParagraph();
  flushList();
  return out;
}

interface InlineRule {
  pattern: RegExp;
  /** Makes a link: not applied inside a link's label (no nested links). */
  link?: boolean;
  build(match: RegExpExecArray, doc: Document, options: MarkdownOptions): Node;
}

const INLINE_RULES: InlineRule[] = [
  { pattern: /\\([\\`*_[\]()#+\-.!<>])/y, build: (m, doc) => doc.createTextNode(m[1]) },
  {
    link: true,
    pattern: /\[([^\]\n]+)\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))+)>?\s*\)/y,
    build: (m, doc, options) => link(renderInline(m[1], doc, { ...options, inLink: true }), m[2], doc, options),
  },
  {
    link: true,
    pattern: /<((?:https?:|mailto:)[^>\s]+)>/y,
    build: (m, doc, options) => link(doc.createTextNode(m[1]), m[1], doc, options),
  },
  { pattern: /\*\*(?=\S)([\s\S]*?\S)\*\*/y, build: (m, doc, options) => wrap('strong', m[1], doc, options) },
  { pattern: /__(?=\S)([\s\S]*?\S)__(?!\w)/y, build: (m, doc, options) => wrap('strong', m[1], doc, options) },
  { pattern: /\*(?=[^\s*])([\s\S]*?[^\s*])\*/y, build: (m, doc, options) => wrap('em', m[1], doc, options) },
  { pattern: /_(?=\S)([\s\S]*?\S)_(?!\w)/y, build: (m, doc, options) => wrap('em', m[1], doc, options) },
  {
    link: true,
    pattern: /https?:\/\/[^\s<>()]+[^\s<>().,;:!?"'»”]/y,
    build: (m, doc, options) => link(doc.createTextNode(m[0]), m[0], doc, options),
  },
];

export function renderInline(text: string, doc: Document, options: MarkdownOptions = {}): DocumentFragment {
  const out = doc.createDocumentFragment();
  let plain = '';
  let i = 0;
  outer: while (i < text.length) {
    // Underscores inside words (snake_case, file names) are not emphasis.
    const wordInside = text[i] === '_' && i > 0 && /\w/.test(text[i - 1]);
    if (!wordInside) {
      for (const rule of INLINE_RULES) {
        if (rule.link && options.inLink) continue;
        rule.pattern.lastIndex = i;
        const match = rule.pattern.exec(text);
        if (match) {
          if (plain) out.append(doc.createTextNode(plain));
          plain = '';
          // Read the end first: building the inner part runs the same (shared) patterns again.
          i = match.index + match[0].length;
          out.append(rule.build(match, doc, options));
          continue outer;
        }
      }
    }
    plain += text[i++];
  }
  if (plain) out.append(doc.createTextNode(plain));
  return out;
}

function wrap(tag: 'strong' | 'em', inner: string, doc: Document, options: MarkdownOptions): HTMLElement {
  const element = doc.createElement(tag);
  element.append(renderInline(inner, doc, options));
  return element;
}

/** A link if its target is http(s), mailto or tel; anything else (javascript:, data:, relative) is text. */
function link(label: Node, href: string, doc: Document, options: MarkdownOptions): Node {
  if (!SAFE_SCHEMES.test(href)) return label;
  const a = doc.createElement('a');
  a.setAttribute('href', href);
  a.append(label);
  if (/^https?:/i.test(href)) {
    // A new tab keeps the conversation; noopener stops the page from reaching back into ours.
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    if (options.newWindowHint) {
      const hint = doc.createElement('span');
      hint.className = 'sr-only';
      hint.textContent = ` ${options.newWindowHint}`;
      a.append(hint);
    }
  }
  return a;
}
