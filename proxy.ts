import createMiddleware from "next-intl/middleware";
import { routing } from "./app/_i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Every page path except the API, Next's own files and static files (anything with a dot).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
