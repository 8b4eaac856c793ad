import PaidIcon from '@mui/icons-material/Paid';
import { Menu } from 'react-admin';

/** The resources, plus the pages that are not resources (the costs report). */
export function AppMenu() {
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      <Menu.Item to="/costs" primaryText="Costs" leftIcon={<PaidIcon />} />
    </Menu>
  );
}
