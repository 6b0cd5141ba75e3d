interface MatchAttributesProps {
  heading: string;
  items: { attribute: string; text: string; note: string | null }[];
}

/** The attributes on which a case is like the project, or unlike it, in the vocabulary's words. */
export function MatchAttributes({ heading, items }: MatchAttributesProps) {
  if (items.length === 0) return null;
  return (
    <>
      <h4 className="h5">{heading}</h4>
      <ul>
        {items.map((item) => (
          <li key={item.attribute}>
            <strong>{item.attribute}:</strong> {item.text}
            {item.note ? ` ${item.note}` : null}
          </li>
        ))}
      </ul>
    </>
  );
}
