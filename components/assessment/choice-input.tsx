interface ChoiceInputProps {
  type: "radio" | "checkbox";
  id: string;
  name: string;
  value: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  inputRef?: (element: HTMLInputElement | null) => void;
}

/** One DKFDS radio button or checkbox with its label. */
export function ChoiceInput({ type, id, name, value, label, checked, onChange, inputRef }: ChoiceInputProps) {
  const group = type === "radio" ? "form-group-radio" : "form-group-checkbox";
  const input = type === "radio" ? "form-radio" : "form-checkbox";
  return (
    <div className={group}>
      <input
        ref={inputRef}
        type={type}
        className={input}
        id={id}
        name={name}
        value={value}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}
