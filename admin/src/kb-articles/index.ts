import MenuBookIcon from '@mui/icons-material/MenuBook';
import { KbArticleCreate } from './KbArticleCreate';
import { KbArticleEdit } from './KbArticleEdit';
import { KbArticleList } from './KbArticleList';
import { KbArticleShow } from './KbArticleShow';

export const kbArticles = {
  list: KbArticleList,
  show: KbArticleShow,
  edit: KbArticleEdit,
  create: KbArticleCreate,
  icon: MenuBookIcon,
  recordRepresentation: 'title',
  options: { label: 'Knowledge base' },
};
