export interface AnchorLink {
  id: string;
  label: string;
}

/** DKFDS anchor links: a table of contents for a long page. */
export function AnchorLinks({ title, links }: { title: string; links: AnchorLink[] }) {
  return (
    <nav className="anchorbox" aria-labelledby="anchor-links-title">
      <h2 className="anchortitle" id="anchor-links-title">
        {title}
      </h2>
      <ul className="anchorlist">
        {links.map((link) => (
          <li key={link.id}>
            <a href={`#${link.id}`}>{link.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
