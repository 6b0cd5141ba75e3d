import { readServerSettings, type ServerSettings } from "@/lib/api/server-settings";

/** Who runs this copy of the service (PUBLISHER_NAME, PUBLISHER_CONTACT), or null when not set. */
export function readPublisher(): ServerSettings["publisher"] {
  return readServerSettings(process.env, 1).publisher;
}

/** The publisher's contact: an e-mail address as a mail link, anything else (a phone, an address) as text. */
export function PublisherContact({ contact }: { contact: string }) {
  return /^[^\s@]+@[^\s@]+$/.test(contact) ? <a href={`mailto:${contact}`}>{contact}</a> : <>{contact}</>;
}
